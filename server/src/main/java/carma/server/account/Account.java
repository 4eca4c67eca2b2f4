package carma.server.account;

/** A holder of Denarii, with its cached balance (the audit checks it against the entries). */
public record Account(String name, AccountKind kind, long balanceMinor) {}
