package carma.corenet.diffserv;

import static org.assertj.core.api.Assertions.assertThat;

import carma.traffic.QosClass;
import org.junit.jupiter.api.Test;

class DscpTest {
    /** RFC 2597/3246 code points (table of shared/reference corenet-e2e §2). */
    @Test
    void codePointsMatchTheRfcTable() {
        assertThat(Dscp.af(1, DropPrecedence.LOW).value()).isEqualTo(10);
        assertThat(Dscp.af(2, DropPrecedence.HIGH).value()).isEqualTo(22);
        assertThat(Dscp.af(4, DropPrecedence.MEDIUM).tos()).isEqualTo(0x90);
        assertThat(Dscp.EF.tos()).isEqualTo(0xB8);
        assertThat(new Dscp(36).psc()).isEqualTo(Psc.AF4);
        assertThat(new Dscp(36).dropPrecedence()).isEqualTo(DropPrecedence.MEDIUM);
        assertThat(new Dscp(36).toString()).isEqualTo("AF42");
        assertThat(Dscp.CS6.psc()).isEqualTo(Psc.DF);
        assertThat(new Dscp(11).psc()).as("odd code points are not AF").isEqualTo(Psc.DF);
        assertThat(new Dscp(11).toString()).isEqualTo("DSCP11");
        assertThat(Dscp.CS6.toString()).isEqualTo("CS6");
        assertThat(Dscp.af(3, DropPrecedence.LOW).withPrecedence(DropPrecedence.HIGH).value()).isEqualTo(30);
    }

    @Test
    void referenceMarkingFollowsTheUmtsClasses() {
        DscpMarking m = DscpMarking.reference();
        assertThat(m.dscpFor(QosClass.CONVERSATIONAL)).isEqualTo(Dscp.EF);
        assertThat(m.dscpFor(QosClass.STREAMING).toString()).isEqualTo("AF41");
        assertThat(m.dscpFor(QosClass.INTERACTIVE).toString()).isEqualTo("AF31");
        assertThat(m.dscpFor(QosClass.BACKGROUND)).isEqualTo(Dscp.BE);
    }
}
