package carma.mesh.danum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Soft admission of inelastic flows (danum.md section 3.4 after Hande-Zhang-Chiang,
 * [reconstructed]): a flow is worth its full rate if {@code w >= price x_req}, the price per kbit
 * being {@code beta Q_src / V} per packet over the packet size, Q_src the mean ingress backlog over
 * the period. Where flows at one ingress violate this, the most recently
 * admitted of them is degraded one step per period (early discard with probability
 * {@code 1 - w / (price x_req)}), and refused once that probability exceeds the block threshold;
 * flows that satisfy it again recover. Acting on one flow at a time is what breaks the symmetry
 * between identical flows, so that some keep full quality instead of all degrading together.
 */
final class SoftAdmission {
    private final DanumParameters params;

    SoftAdmission(DanumParameters params) {
        this.params = params;
    }

    void decide(List<FlowState> flows) {
        Map<Integer, List<FlowState>> byIngress = new TreeMap<>();
        for (FlowState s : flows) {
            if (!s.elastic() && s.ingress >= 0 && s.admission != AdmissionState.REFUSED) {
                byIngress.computeIfAbsent(s.ingress, k -> new ArrayList<>()).add(s);
            }
        }
        for (List<FlowState> group : byIngress.values()) {
            decideAt(group);
        }
        for (FlowState s : flows) {
            s.queueSampleSum = 0;
            s.queueSamples = 0;
        }
    }

    private void decideAt(List<FlowState> group) {
        List<FlowState> violating = new ArrayList<>();
        for (FlowState s : group) {
            double p = requiredDiscard(s);
            if (p > 0) {
                violating.add(s);
            } else if (s.admission == AdmissionState.DEGRADED) {
                s.discardProbability = 0;
                s.admission = AdmissionState.ADMITTED;
            }
        }
        violating.stream().max(Comparator.comparingLong((FlowState s) -> s.admittedAtNs)
                .thenComparingInt(s -> s.spec.id().value())).ifPresent(this::stepDown);
    }

    private double requiredDiscard(FlowState s) {
        double q = s.queueSamples == 0 ? 0 : s.queueSampleSum / s.queueSamples;
        double xReq = s.cls.utility() instanceof SigmoidUtility sig ? sig.requiredKbps() : 0;
        double cost = s.pricePerKbit(q, params.v()) * xReq;
        double value = s.cls.weight();
        return cost <= value ? 0 : 1 - value / cost;
    }

    private void stepDown(FlowState s) {
        double p = Math.max(requiredDiscard(s), s.discardProbability);
        if (s.admission == AdmissionState.ADMITTED && p <= params.blockAbove()) {
            s.admission = AdmissionState.DEGRADED;
            s.discardProbability = p;
        } else if (s.admission == AdmissionState.ADMITTED) {
            s.admission = AdmissionState.REFUSED;
            s.discardProbability = 1;
        } else if (p > params.blockAbove() || s.discardProbability > params.blockAbove()) {
            s.admission = AdmissionState.REFUSED;
            s.discardProbability = 1;
        } else {
            s.discardProbability = Math.min(1, s.discardProbability + p);
            if (s.discardProbability > params.blockAbove()) {
                s.admission = AdmissionState.REFUSED;
                s.discardProbability = 1;
            }
        }
    }
}
