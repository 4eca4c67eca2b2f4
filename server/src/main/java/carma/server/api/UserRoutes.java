package carma.server.api;

import carma.mesh.danum.UtilityProfile;
import carma.server.account.AccountKind;
import carma.server.account.AccountStore;
import carma.server.account.Role;
import carma.server.auth.CredentialStore;
import carma.server.auth.PasswordHasher;
import carma.server.db.Database;
import carma.server.ledger.LedgerStore;
import carma.server.ledger.TransactionKind;
import carma.server.profile.ProfileStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Users: creation (operators), profile, balance and traffic (the user or an operator). */
final class UserRoutes {
    static final int MIN_PASSWORD_CHARS = 8;
    static final long MAX_GRANT_MINOR = 1_000_000_000_000L;
    private final Database db;
    private final Auth auth;
    private final ObjectMapper mapper;
    private final PasswordHasher hasher;
    private final LedgerStore ledger;
    private final ProfileStore profiles;

    UserRoutes(Database db, Auth auth, ObjectMapper mapper, PasswordHasher hasher, LedgerStore ledger) {
        this.db = db;
        this.auth = auth;
        this.mapper = mapper;
        this.hasher = hasher;
        this.ledger = ledger;
        this.profiles = new ProfileStore(db);
    }

    void register(RouteTable r) {
        r.post("/api/users", this::create);
        r.get("/api/users/{name}/profile", ctx -> ctx.json(ProfileJson.toJson(profiles.get(user(ctx)))));
        r.put("/api/users/{name}/profile", this::putProfile);
        r.get("/api/users/{name}/balance", this::balance);
        r.get("/api/users/{name}/traffic", this::traffic);
    }

    private void create(Context ctx) {
        auth.operator(ctx);
        JsonBody b = JsonBody.of(ctx, mapper).only(Set.of("name", "password", "role", "grantMinor"));
        String name = b.text("name");
        AccountStore.nameProblem(name).ifPresent(p -> {
            throw ApiException.unprocessable("name: " + p);
        });
        String password = b.text("password");
        if (password.length() < MIN_PASSWORD_CHARS) {
            throw ApiException.unprocessable("password: at least " + MIN_PASSWORD_CHARS + " characters");
        }
        String roleWord = b.text("role", "user");
        Role role = Role.ofWord(roleWord).orElseThrow(() -> ApiException.unprocessable(
                "role: must be operator or user, got '" + roleWord + "'"));
        long grant = b.longValue("grantMinor", 0, 0, MAX_GRANT_MINOR);
        PasswordHasher.Hash hash = hasher.hash(password.toCharArray());
        boolean created = db.inTransaction(c -> {
            if (!AccountStore.create(c, name, AccountKind.USER)) {
                return false;
            }
            CredentialStore.put(c, name, role, hash);
            return true;
        });
        if (!created) {
            throw ApiException.conflict("an account named '" + name + "' exists");
        }
        if (grant > 0) {
            ledger.transfer("grant:" + name, TransactionKind.GRANT, AccountStore.ISSUER, name, grant,
                    "initial grant");
        }
        ctx.status(201).json(Map.of("name", name, "role", role.word(), "balanceMinor", grant));
    }

    /** The path's user, after checking that the caller may see it and that it exists (404). */
    private String user(Context ctx) {
        String name = ctx.pathParam("name");
        auth.selfOrOperator(ctx, name);
        boolean isUser = db.inTransaction(c -> AccountStore.find(c, name)
                .map(a -> a.kind() == AccountKind.USER).orElse(false));
        if (!isUser) {
            throw ApiException.notFound("no user '" + name + "'");
        }
        return name;
    }

    private void putProfile(Context ctx) {
        String name = user(ctx);
        UtilityProfile updated = ProfileJson.apply(profiles.get(name), JsonBody.of(ctx, mapper));
        profiles.put(updated);
        ctx.json(ProfileJson.toJson(updated));
    }

    private void balance(Context ctx) {
        String name = user(ctx);
        ctx.json(Map.of("account", name, "balanceMinor", ledger.balance(name).orElseThrow()));
    }

    private void traffic(Context ctx) {
        String name = user(ctx);
        List<Map<String, Object>> flows = db.inTransaction(c -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.run_id, t.flow, t.traffic_class,"
                    + " t.packets_received, t.bytes_received, (SELECT COALESCE(SUM(e.amount_minor), 0)"
                    + " FROM ledger_entries e JOIN ledger_transactions x ON x.tx_id = e.tx_id"
                    + " WHERE e.account = CONCAT('run', CAST(t.run_id AS VARCHAR(20)), ':', t.account)"
                    + " AND x.kind IN ('payment', 'refund')) FROM traffic t WHERE t.account = ? ORDER BY t.run_id, t.flow")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("runId", rs.getLong(1));
                        f.put("flow", rs.getString(2));
                        f.put("trafficClass", rs.getString(3));
                        f.put("packetsReceived", rs.getLong(4));
                        f.put("bytesReceived", rs.getLong(5));
                        f.put("runPaidMinor", -rs.getLong(6));
                        out.add(f);
                    }
                }
            }
            return out;
        });
        ctx.json(Map.of("account", name, "flows", flows,
                "note", "runPaidMinor: what the user's node paid in that run (payments less refunds), for all"
                        + " its flows"));
    }
}
