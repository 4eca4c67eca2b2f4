package carma.server.api;

import carma.server.account.AccountStore;
import carma.server.db.Database;
import carma.server.ledger.LedgerException;
import carma.server.ledger.LedgerStore;
import carma.server.ledger.Transaction;
import carma.server.ledger.TransactionKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ledger: transfers (operators; {@code Idempotency-Key} required: the same key with the same
 * body answers the same 201 and records nothing new, with another body 409), entries of an account
 * (operators, or the account's user), the audit (operators).
 */
final class LedgerRoutes {
    static final String KEY_HEADER = "Idempotency-Key";
    static final int MAX_LIST = 1000;
    private final Database db;
    private final Auth auth;
    private final ObjectMapper mapper;
    private final LedgerStore ledger;

    LedgerRoutes(Database db, Auth auth, ObjectMapper mapper, LedgerStore ledger) {
        this.db = db;
        this.auth = auth;
        this.mapper = mapper;
        this.ledger = ledger;
    }

    void register(RouteTable r) {
        r.post("/api/ledger/transfers", this::transfer);
        r.get("/api/ledger", this::list);
        r.get("/api/ledger/audit", ctx -> {
            auth.operator(ctx);
            ctx.json(ledger.audit());
        });
    }

    private void transfer(Context ctx) {
        auth.operator(ctx);
        String key = ctx.header(KEY_HEADER);
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("the header " + KEY_HEADER + " is required (a unique key per transfer)");
        }
        JsonBody b = JsonBody.of(ctx, mapper).only(Set.of("from", "to", "amountMinor", "memo"));
        String from = b.text("from");
        String to = b.text("to");
        long amount = b.longValue("amountMinor", 1, Long.MAX_VALUE / 4);
        String memo = b.text("memo", "");
        Transaction t;
        try {
            t = ledger.transfer(key, TransactionKind.TRANSFER, from, to, amount, memo);
        } catch (LedgerException e) {
            throw switch (e.reason()) {
                case UNKNOWN_ACCOUNT -> ApiException.notFound(e.getMessage());
                case INVALID -> ApiException.unprocessable(e.getMessage());
                case INSUFFICIENT_FUNDS, KEY_REUSED -> ApiException.conflict(e.getMessage());
            };
        }
        ctx.header("Idempotent-Replayed", String.valueOf(t.replayed()));
        ctx.status(201).json(body(t));
    }

    static Map<String, Object> body(Transaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("txId", t.txId());
        m.put("key", t.key());
        m.put("kind", t.kind().word());
        m.put("memo", t.memo());
        m.put("entries", t.entries());
        return m;
    }

    private void list(Context ctx) {
        String account = ctx.queryParam("account");
        if (account == null || account.isEmpty()) {
            throw ApiException.badRequest("the query parameter account is required");
        }
        auth.selfOrOperator(ctx, account);
        if (db.inTransaction(c -> AccountStore.find(c, account)).isEmpty()) {
            throw ApiException.notFound("no account '" + account + "'");
        }
        ctx.json(Map.of("account", account, "balanceMinor", ledger.balance(account).orElseThrow(),
                "entries", ledger.entries(account, MAX_LIST)));
    }
}
