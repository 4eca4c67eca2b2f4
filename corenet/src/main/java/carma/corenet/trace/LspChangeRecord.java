package carma.corenet.trace;

import carma.corenet.diffserv.Psc;
import carma.corenet.mpls.LspState;
import carma.kernel.trace.TraceRecord;

/** An LSP table change: requested (SETUP), usable at its ingress (UP), being torn down, gone. */
public record LspChangeRecord(long timeNs, int lspId, Psc psc, String ingress, String egress, String path,
        LspState state) implements TraceRecord {}
