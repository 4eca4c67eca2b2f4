package carma.optimization.io;

import static carma.optimization.instance.InvalidInstanceException.shortened;

import carma.optimization.geometric.GeometricInstance;
import carma.optimization.geometric.PlacedMap;
import carma.optimization.geometric.PlacedUser;
import carma.optimization.geometric.RadioParameters;
import carma.optimization.geometric.RateStep;
import carma.optimization.geometric.RateTable;
import carma.optimization.instance.RoutingMode;
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

    static GeometricInstance read(JsonNode root, JsonFields fields) {
        if (!fields.onlyKeys(root, "$", KEYS)) {
            fields.throwIfAny();
        }
        InstanceJsonReader.checkInterferenceModel(root, fields);
        List<PlacedMap> maps = new ArrayList<>();
        JsonNode mapArray = fields.array(root, "maps", "$", InstanceLimits.MAX_MAPS);
        for (int i = 0; i < mapArray.size(); i++) {
            String path = "$.maps[" + i + "]";
            JsonNode node = mapArray.get(i);
            if (!fields.onlyKeys(node, path, Set.of("id", "xM", "yM", "gateway", "uplinkBps"))) {
                continue;
            }
            boolean gateway = fields.bool(node, "gateway", path, false);
            double uplink = gateway ? fields.number(node, "uplinkBps", path, InstanceLimits.RATE_BPS)
                    : fields.number(node, "uplinkBps", path, InstanceLimits.RATE_BPS, 0.0);
            maps.add(new PlacedMap(fields.text(node, "id", path), position(node, "xM", path, fields),
                    position(node, "yM", path, fields), gateway, uplink));
        }
        List<PlacedUser> users = new ArrayList<>();
        JsonNode userArray = fields.array(root, "users", "$", InstanceLimits.MAX_USERS);
        if ((long) userArray.size() * mapArray.size() > InstanceLimits.MAX_ACCESS_LINKS) {
            fields.problem("$.users", userArray.size() + " users x " + mapArray.size() + " MAPs = "
                    + (long) userArray.size() * mapArray.size() + " possible access links, more than the limit of "
                    + InstanceLimits.MAX_ACCESS_LINKS + " (InstanceLimits.MAX_ACCESS_LINKS)");
            fields.throwIfAny();
        }
        for (int i = 0; i < userArray.size(); i++) {
            String path = "$.users[" + i + "]";
            JsonNode node = userArray.get(i);
            if (fields.onlyKeys(node, path, Set.of("id", "xM", "yM"))) {
                users.add(new PlacedUser(fields.text(node, "id", path), position(node, "xM", path, fields),
                        position(node, "yM", path, fields)));
            }
        }
        RoutingMode routing = InstanceJsonReader.routing(root, fields);
        double epsilon = fields.number(root, "epsilon", "$", InstanceLimits.EPSILON, 0.0);
        RadioParameters radio = radio(root.get("radio"), fields);
        fields.throwIfAny();
        return new GeometricInstance(routing, epsilon, radio, maps, users);
    }

    private static double position(JsonNode node, String key, String path, JsonFields fields) {
        return fields.number(node, key, path, InstanceLimits.POSITION_M);
    }

    private static RadioParameters radio(JsonNode node, JsonFields fields) {
        String path = "$.radio";
        if (node == null) {
            fields.problem(path, "missing (txPowerDbm, pathLoss, rateTable)");
            return null;
        }
        if (!fields.onlyKeys(node, path, Set.of("txPowerDbm", "antennaGainDb", "pathLoss", "rateTable", "rates"))) {
            return null;
        }
        LogDistancePathLoss pathLoss = pathLoss(node.get("pathLoss"), fields);
        String rates = node.has("rates") ? fields.text(node, "rates", path) : "mac";
        if (!rates.equals("mac") && !rates.equals("phy")) {
            fields.problem(path + ".rates", "expected mac or phy, got '" + shortened(rates) + "'");
        }
        double txPowerDbm = fields.number(node, "txPowerDbm", path, InstanceLimits.TX_POWER_DBM);
        double gainDb = fields.number(node, "antennaGainDb", path, InstanceLimits.ANTENNA_GAIN_DB, 0.0);
        RateTable table = rateTable(node.get("rateTable"), !rates.equals("phy"), fields);
        return fields.hasProblems() ? null : new RadioParameters(txPowerDbm, gainDb, pathLoss, table);
    }

    private static LogDistancePathLoss pathLoss(JsonNode pl, JsonFields fields) {
        String path = "$.radio.pathLoss";
        if (!fields.onlyKeys(pl, path, Set.of("model", "exponent", "referenceDistanceM", "carrierHz"))) {
            return null;
        }
        String model = fields.text(pl, "model", path);
        if (!model.isEmpty() && !model.equals("log-distance")) {
            fields.problem(path + ".model", "unknown model '" + shortened(model) + "' (supported: log-distance)");
        }
        double carrierHz = fields.number(pl, "carrierHz", path, InstanceLimits.CARRIER_HZ, 2.4e9);
        double exponent = fields.number(pl, "exponent", path, InstanceLimits.PATH_LOSS_EXPONENT);
        double referenceM = fields.number(pl, "referenceDistanceM", path, InstanceLimits.REFERENCE_DISTANCE_M, 1.0);
        return fields.hasProblems() ? null : new LogDistancePathLoss(carrierHz, exponent, referenceM);
    }

    private static RateTable rateTable(JsonNode node, boolean mac, JsonFields fields) {
        String path = "$.radio.rateTable";
        if (node == null || (node.isTextual() && node.asText().equals("ieee80211ag"))) {
            return RateTable.ieee80211ag(mac);
        }
        if (!node.isArray() || node.isEmpty() || node.size() > InstanceLimits.MAX_RATE_STEPS) {
            fields.problem(path, "expected \"ieee80211ag\" or an array of 1 to " + InstanceLimits.MAX_RATE_STEPS
                    + " steps");
            return null;
        }
        List<RateStep> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode step = node.get(i);
            if (!fields.onlyKeys(step, p, Set.of("phyRateBps", "sensitivityDbm", "macRateBps"))) {
                continue;
            }
            double phy = fields.number(step, "phyRateBps", p, InstanceLimits.RATE_BPS);
            double macRate = step.has("macRateBps") ? fields.number(step, "macRateBps", p, InstanceLimits.RATE_BPS)
                    : phy;
            steps.add(new RateStep(phy, fields.number(step, "sensitivityDbm", p, InstanceLimits.SENSITIVITY_DBM),
                    macRate));
        }
        return fields.hasProblems() ? null : new RateTable(steps, mac);
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
