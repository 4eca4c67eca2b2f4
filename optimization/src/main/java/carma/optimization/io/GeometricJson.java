package carma.optimization.io;

import static carma.optimization.io.JsonFields.array;
import static carma.optimization.io.JsonFields.bool;
import static carma.optimization.io.JsonFields.number;
import static carma.optimization.io.JsonFields.onlyKeys;
import static carma.optimization.io.JsonFields.text;

import carma.optimization.geometric.GeometricInstance;
import carma.optimization.geometric.PlacedMap;
import carma.optimization.geometric.PlacedUser;
import carma.optimization.geometric.RadioParameters;
import carma.optimization.geometric.RateStep;
import carma.optimization.geometric.RateTable;
import carma.optimization.instance.InvalidInstanceException;
import carma.radio.propagation.LogDistancePathLoss;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The geometric flavour: positions of users and MAPs plus radio parameters. */
final class GeometricJson {
    private static final Set<String> KEYS = Set.of("$schema", "flavour", "name", "routing", "epsilon", "radio",
            "maps", "users", "interference");

    private GeometricJson() {}

    static GeometricInstance read(JsonNode root) {
        onlyKeys(root, "$", KEYS);
        InstanceJsonReader.checkInterferenceModel(root);
        List<PlacedMap> maps = new ArrayList<>();
        JsonNode mapArray = array(root, "maps", "$");
        for (int i = 0; i < mapArray.size(); i++) {
            String path = "$.maps[" + i + "]";
            JsonNode node = mapArray.get(i);
            onlyKeys(node, path, Set.of("id", "xM", "yM", "gateway", "uplinkBps"));
            boolean gateway = bool(node, "gateway", path, false);
            double uplink = gateway ? number(node, "uplinkBps", path) : number(node, "uplinkBps", path, 0.0);
            maps.add(new PlacedMap(text(node, "id", path), number(node, "xM", path), number(node, "yM", path),
                    gateway, uplink));
        }
        List<PlacedUser> users = new ArrayList<>();
        JsonNode userArray = array(root, "users", "$");
        for (int i = 0; i < userArray.size(); i++) {
            String path = "$.users[" + i + "]";
            JsonNode node = userArray.get(i);
            onlyKeys(node, path, Set.of("id", "xM", "yM"));
            users.add(new PlacedUser(text(node, "id", path), number(node, "xM", path), number(node, "yM", path)));
        }
        return new GeometricInstance(InstanceJsonReader.routing(root), number(root, "epsilon", "$", 0.0),
                radio(root.get("radio")), maps, users);
    }

    private static RadioParameters radio(JsonNode node) {
        String path = "$.radio";
        if (node == null) {
            throw new InvalidInstanceException(path + ": missing (txPowerDbm, pathLoss, rateTable)");
        }
        onlyKeys(node, path, Set.of("txPowerDbm", "antennaGainDb", "pathLoss", "rateTable", "rates"));
        JsonNode pl = node.get("pathLoss");
        onlyKeys(pl, path + ".pathLoss", Set.of("model", "exponent", "referenceDistanceM", "carrierHz"));
        String model = text(pl, "model", path + ".pathLoss");
        if (!model.equals("log-distance")) {
            throw new InvalidInstanceException(path + ".pathLoss.model: unknown model '" + model
                    + "' (supported: log-distance)");
        }
        LogDistancePathLoss pathLoss;
        try {
            pathLoss = new LogDistancePathLoss(number(pl, "carrierHz", path + ".pathLoss", 2.4e9),
                    number(pl, "exponent", path + ".pathLoss"),
                    number(pl, "referenceDistanceM", path + ".pathLoss", 1.0));
        } catch (IllegalArgumentException e) {
            throw new InvalidInstanceException(path + ".pathLoss: " + e.getMessage());
        }
        String rates = node.has("rates") ? text(node, "rates", path) : "mac";
        if (!rates.equals("mac") && !rates.equals("phy")) {
            throw new InvalidInstanceException(path + ".rates: expected mac or phy, got '" + rates + "'");
        }
        return new RadioParameters(number(node, "txPowerDbm", path), number(node, "antennaGainDb", path, 0.0),
                pathLoss, rateTable(node.get("rateTable"), rates.equals("mac")));
    }

    private static RateTable rateTable(JsonNode node, boolean mac) {
        String path = "$.radio.rateTable";
        if (node == null || (node.isTextual() && node.asText().equals("ieee80211ag"))) {
            return RateTable.ieee80211ag(mac);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidInstanceException(path + ": expected \"ieee80211ag\" or a non-empty array of steps");
        }
        List<RateStep> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode step = node.get(i);
            onlyKeys(step, p, Set.of("phyRateBps", "sensitivityDbm", "macRateBps"));
            double phy = number(step, "phyRateBps", p);
            double macRate = number(step, "macRateBps", p, phy);
            if (!(phy > 0) || !(macRate > 0)) {
                throw new InvalidInstanceException(p + ": rates must be > 0");
            }
            steps.add(new RateStep(phy, number(step, "sensitivityDbm", p), macRate));
        }
        return new RateTable(steps, mac);
    }

    static ObjectNode write(GeometricInstance instance) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("flavour", "geometric");
        root.put("routing", instance.routing().jsonName());
        root.put("epsilon", instance.epsilon());
        RadioParameters radio = instance.radio();
        ObjectNode r = root.putObject("radio");
        r.put("txPowerDbm", radio.txPowerDbm());
        r.put("antennaGainDb", radio.antennaGainDb());
        ObjectNode pl = r.putObject("pathLoss");
        pl.put("model", "log-distance");
        pl.put("exponent", radio.pathLoss().exponent());
        pl.put("referenceDistanceM", radio.pathLoss().referenceDistanceM());
        pl.put("carrierHz", radio.pathLoss().carrierHz());
        r.put("rates", radio.rateTable().useMacRates() ? "mac" : "phy");
        ArrayNode table = r.putArray("rateTable");
        for (RateStep step : radio.rateTable().steps()) {
            table.addObject().put("phyRateBps", step.phyRateBps()).put("sensitivityDbm", step.sensitivityDbm())
                    .put("macRateBps", step.macRateBps());
        }
        ArrayNode maps = root.putArray("maps");
        for (PlacedMap map : instance.maps()) {
            ObjectNode m = maps.addObject().put("id", map.id()).put("xM", map.xM()).put("yM", map.yM())
                    .put("gateway", map.gateway());
            if (map.gateway()) {
                m.put("uplinkBps", map.uplinkBps());
            }
        }
        ArrayNode users = root.putArray("users");
        for (PlacedUser user : instance.users()) {
            users.addObject().put("id", user.id()).put("xM", user.xM()).put("yM", user.yM());
        }
        root.putObject("interference").put("model", "two-hop");
        return root;
    }
}
