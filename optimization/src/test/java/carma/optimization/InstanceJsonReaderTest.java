package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.RoutingMode;
import carma.optimization.io.InstanceJsonReader;
import carma.optimization.io.InstanceJsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceJsonReaderTest {
    /** The explicit example of issue 4, verbatim. */
    static final String ISSUE_EXAMPLE = """
            {
              "routing": "multi-path",
              "epsilon": 0.0,
              "users": ["u1", "u2"],
              "maps": [{"id": "m1", "gateway": true, "uplinkBps": 50000000},
                       {"id": "m2", "gateway": false}],
              "accessLinks": [{"user": "u1", "map": "m1", "rateBps": 54000000},
                              {"user": "u2", "map": "m2", "rateBps": 24000000}],
              "meshLinks": [{"from": "m2", "to": "m1", "rateBps": 36000000}],
              "collisionDomains": [{"link": ["m2", "m1"], "interferes": [["m2", "m1"]]}]
            }
            """;

    private final InstanceJsonReader reader = new InstanceJsonReader();

    @Test
    void readsTheIssueExampleExactly() {
        FairMeshInstance inst = reader.parse(ISSUE_EXAMPLE);

        assertThat(inst.routing()).isEqualTo(RoutingMode.MULTI_PATH);
        assertThat(inst.users()).containsExactly("u1", "u2");
        assertThat(inst.maps().get(0).gateway()).isTrue();
        assertThat(inst.maps().get(0).uplinkBps()).isEqualTo(50e6);
        assertThat(inst.accessLinks().get(1).rateBps()).isEqualTo(24e6);
        assertThat(inst.collisionDomains().get(0).interferes()).containsExactly(new LinkRef("m2", "m1"));
    }

    @Test
    void derivesTwoHopCollisionDomainsWhenAbsent() {
        String chain = """
                {"routing": "single-path", "interference": {"model": "two-hop"},
                 "users": ["u1"],
                 "maps": [{"id": "a", "gateway": true, "uplinkBps": 1e7}, {"id": "b"}, {"id": "c"}, {"id": "d"},
                          {"id": "e"}],
                 "accessLinks": [{"user": "u1", "map": "e", "rateBps": 6e6}],
                 "meshLinks": [{"from": "b", "to": "a", "rateBps": 6e6}, {"from": "c", "to": "b", "rateBps": 6e6},
                               {"from": "d", "to": "c", "rateBps": 6e6}, {"from": "e", "to": "d", "rateBps": 6e6}]}
                """;
        FairMeshInstance inst = reader.parse(chain);

        // I(b->a): endpoints a, b and their neighbours c -> links touching {a, b, c}: b->a, c->b, d->c
        assertThat(inst.collisionDomains().get(0).interferes()).containsExactly(new LinkRef("b", "a"),
                new LinkRef("c", "b"), new LinkRef("d", "c"));
        // I(e->d): nodes {e, d, c} -> c->b, d->c, e->d
        assertThat(inst.collisionDomains().get(3).interferes()).containsExactly(new LinkRef("c", "b"),
                new LinkRef("d", "c"), new LinkRef("e", "d"));
    }

    @Test
    void geometricFlavourDerivesRatesFromTheTableAndCanBeWrittenExplicitly() {
        String geometric = """
                {"flavour": "geometric", "routing": "single-path",
                 "radio": {"txPowerDbm": 20, "pathLoss": {"model": "log-distance", "exponent": 3.0},
                           "rateTable": "ieee80211ag", "rates": "phy"},
                 "maps": [{"id": "g", "xM": 0, "yM": 0, "gateway": true, "uplinkBps": 2e7},
                          {"id": "r", "xM": 80, "yM": 0}],
                 "users": [{"id": "near", "xM": 10, "yM": 0}, {"id": "far", "xM": 180, "yM": 0}]}
                """;
        FairMeshInstance inst = reader.parse(geometric);

        // PL(10 m) = 40.05 + 30 = 70.05 dB -> -50 dBm >= -65: 54 Mbit/s (PHY)
        assertThat(inst.accessLinks()).anySatisfy(a -> {
            assertThat(a.user()).isEqualTo("near");
            assertThat(a.map()).isEqualTo("g");
            assertThat(a.rateBps()).isEqualTo(54e6);
        });
        // 80 m: PL = 40.05 + 57.09 = 97.1 dB -> -77.1 dBm: 12 Mbit/s (>= -79, < -77)
        assertThat(inst.meshLinks()).anySatisfy(l -> assertThat(l.rateBps()).isEqualTo(12e6));
        // the user at 100 m from r (-80 dBm -> 9 Mbit/s) is out of range of g (180 m)
        assertThat(inst.accessLinks().stream().filter(a -> a.user().equals("far"))).singleElement()
                .satisfies(a -> assertThat(a.rateBps()).isEqualTo(9e6));

        FairMeshInstance roundTrip = reader.parse(new InstanceJsonWriter().explicitJson(inst));
        assertThat(roundTrip).isEqualTo(inst);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown user|\"accessLinks\": [{\"user\": \"u9\", \"map\": \"m1\", \"rateBps\": 54000000}, {\"user\": \"u2\", \"map\": \"m2\", \"rateBps\": 24000000}]|unknown user 'u9'",
        "unknown map|\"accessLinks\": [{\"user\": \"u1\", \"map\": \"m7\", \"rateBps\": 54000000}, {\"user\": \"u2\", \"map\": \"m2\", \"rateBps\": 24000000}]|unknown MAP 'm7'",
        "negative rate|\"accessLinks\": [{\"user\": \"u1\", \"map\": \"m1\", \"rateBps\": -5}, {\"user\": \"u2\", \"map\": \"m2\", \"rateBps\": 24000000}]|$.accessLinks[0].rateBps: must be in [1, 1e12] bit/s, got -5",
        "user without MAP|\"accessLinks\": [{\"user\": \"u1\", \"map\": \"m1\", \"rateBps\": 54000000}]|user 'u2' has no MAP in range",
        "unknown key|\"accessLinks\": [{\"user\": \"u1\", \"map\": \"m1\", \"rateBps\": 54000000, \"snr\": 3}, {\"user\": \"u2\", \"map\": \"m2\", \"rateBps\": 24000000}]|$.accessLinks[0]: unknown key 'snr'"})
    void rejectsMalformedAccessLinksNamingTheElement(String name, String accessLinks, String message) {
        String json = ISSUE_EXAMPLE.replaceFirst("\"accessLinks\": \\[[^\\]]*\\]", accessLinks.replace("$", "\\$"));

        assertThatThrownBy(() -> reader.parse(json)).isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining(message);
    }

    @Test
    void rejectsAUserFromWhoseMapsNoGatewayIsReachable() {
        String json = ISSUE_EXAMPLE.replace("\"meshLinks\": [{\"from\": \"m2\", \"to\": \"m1\", \"rateBps\": 36000000}]",
                "\"meshLinks\": [{\"from\": \"m1\", \"to\": \"m2\", \"rateBps\": 36000000}]")
                .replace("\"link\": [\"m2\", \"m1\"], \"interferes\": [[\"m2\", \"m1\"]]",
                        "\"link\": [\"m1\", \"m2\"], \"interferes\": [[\"m1\", \"m2\"]]");

        assertThatThrownBy(() -> reader.parse(json)).hasMessage("user 'u2': no gateway reachable from its MAPs m2");
    }

    @Test
    void rejectsOtherInconsistencies() {
        assertThatThrownBy(() -> reader.parse(ISSUE_EXAMPLE.replace("\"gateway\": true, \"uplinkBps\": 50000000",
                "\"gateway\": false"))).hasMessageContaining("no gateway MAP");
        assertThatThrownBy(() -> reader.parse(ISSUE_EXAMPLE.replace("\"interferes\": [[\"m2\", \"m1\"]]",
                "\"interferes\": [[\"m1\", \"m2\"]]"))).hasMessageContaining("interferes with unknown mesh link m1->m2");
        assertThatThrownBy(() -> reader.parse(ISSUE_EXAMPLE.replace("multi-path", "any-path")))
                .hasMessageContaining("$.routing: unknown routing 'any-path'");
        assertThatThrownBy(() -> reader.parse(ISSUE_EXAMPLE.replace("\"u2\"]", "\"u1\"]")))
                .hasMessageContaining("users[1]: duplicate user id 'u1'");
        assertThatThrownBy(() -> reader.parse("{\"routing\": ")).hasMessage("line 1, column 13 (byte 12): not valid JSON: Unexpected end-of-input within/between Object entries");
        assertThatThrownBy(() -> reader.parse(ISSUE_EXAMPLE.replace("\"epsilon\": 0.0", "\"epsilon\": 1.5")))
                .hasMessage("$.epsilon: must be in [0, 1), got 1.5");
    }
}
