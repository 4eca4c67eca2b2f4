package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.geometric.GeometricInstance;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.io.InstanceJsonReader;
import carma.optimization.io.InstanceJsonWriter;
import carma.optimization.io.ResultJsonWriter;
import carma.optimization.solution.FairMeshResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorAndResultJsonTest {
    private final InstanceJsonWriter writer = new InstanceJsonWriter();

    @Test
    void theSameSeedGivesTheSameInstanceAndAnotherSeedAnotherOne() {
        GeneratorSpec spec = GeneratorSpec.defaults(50, 16, 2).withUsers(GeneratorSpec.UserPlacement.HOTSPOTS, 3, 40);
        String a = writer.geometricJson(RandomInstanceGenerator.geometric(spec, 42));
        String b = writer.geometricJson(RandomInstanceGenerator.geometric(spec, 42));
        String c = writer.geometricJson(RandomInstanceGenerator.geometric(spec, 43));

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void theHeuristicIsDeterministic() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(80, 16, 2), 9);
        FairMeshResult first = new MaxMinFairHeuristicAssociation().solve(inst);
        FairMeshResult second = new MaxMinFairHeuristicAssociation().solve(inst);

        assertThat(second.users()).isEqualTo(first.users());
        assertThat(second.linkFlows()).isEqualTo(first.linkFlows());
        assertThat(second.bottleneck()).isEqualTo(first.bottleneck());
    }

    @Test
    void generatedGeometricFilesReadBackToTheSameExplicitInstance() {
        GeneratorSpec spec = GeneratorSpec.defaults(30, 9, 2)
                .withMaps(GeneratorSpec.MapPlacement.RANDOM, GeneratorSpec.GatewayPlacement.CENTRE);
        GeometricInstance geometric = RandomInstanceGenerator.geometric(spec, 7);
        FairMeshInstance direct = RandomInstanceGenerator.explicit(spec, 7);

        FairMeshInstance read = new InstanceJsonReader().parse(writer.geometricJson(geometric));

        assertThat(read).isEqualTo(direct);
        assertThat(read.users()).hasSize(30);
        assertThat(read.maps().stream().filter(m -> m.gateway())).hasSize(2);
    }

    @Test
    void resultJsonHasExactlyTheIssueShape() throws Exception {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(12, 9, 1), 3);
        FairMeshResult result = new MaxMinFairHeuristicAssociation().solve(inst);

        JsonNode json = new ObjectMapper().readTree(new ResultJsonWriter().json(result));

        assertThat(fieldNames(json)).containsExactly("method", "solver", "status", "minRateBps", "bestBoundBps",
                "gap", "solveTimeMs", "users", "linkFlows", "gatewayFlows", "bottleneck");
        assertThat(json.get("method").asText()).isEqualTo("heuristic");
        assertThat(json.get("status").asText()).isEqualTo("FEASIBLE");
        assertThat(fieldNames(json.get("users").get(0))).containsExactly("id", "map", "rateBps");
        assertThat(fieldNames(json.get("linkFlows").get(0))).containsExactly("from", "to", "flowBps");
        assertThat(fieldNames(json.get("gatewayFlows").get(0))).containsExactly("map", "flowBps");
        assertThat(json.get("minRateBps").asDouble()).isEqualTo(result.minRateBps());
        assertThat(json.get("bottleneck").asText()).matches("(access|collision-domain|gateway) .+");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
