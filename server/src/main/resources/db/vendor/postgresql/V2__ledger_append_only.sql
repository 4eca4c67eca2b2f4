-- PostgreSQL: the ledger refuses UPDATE and DELETE (on H2 the Ledger class simply has no such statement).
CREATE FUNCTION carma_ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the Denarii ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION carma_ledger_append_only();
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION carma_ledger_append_only();
