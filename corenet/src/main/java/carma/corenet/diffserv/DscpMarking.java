package carma.corenet.diffserv;

import carma.traffic.QosClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Edge classification: the code point the ingress LER marks for each UMTS class. 3GPP TS 23.207
 * leaves the mapping to the operator; the default follows GSMA IR.34 (recalled) with interactive at
 * THP 1 [reconstructed]: conversational EF, streaming AF41, interactive AF31, background BE.
 */
public record DscpMarking(Map<QosClass, Dscp> byClass) {
    public DscpMarking {
        EnumMap<QosClass, Dscp> copy = new EnumMap<>(QosClass.class);
        copy.putAll(byClass);
        for (QosClass c : QosClass.values()) {
            Objects.requireNonNull(copy.get(c), () -> "no DSCP for " + c);
        }
        byClass = Map.copyOf(copy);
    }

    public static DscpMarking reference() {
        return new DscpMarking(Map.of(QosClass.CONVERSATIONAL, Dscp.EF,
                QosClass.STREAMING, Dscp.af(4, DropPrecedence.LOW),
                QosClass.INTERACTIVE, Dscp.af(3, DropPrecedence.LOW),
                QosClass.BACKGROUND, Dscp.BE));
    }

    public Dscp dscpFor(QosClass qosClass) {
        return byClass.get(qosClass);
    }
}
