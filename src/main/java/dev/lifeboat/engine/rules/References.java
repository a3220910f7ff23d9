package dev.lifeboat.engine.rules;

import dev.lifeboat.engine.Reference;

/** Documentation that rules of several technologies cite; a technology's own documents live in its rule. */
final class References {

    private References() {
    }

    static final Reference AWS_DR = new Reference("AWS whitepaper: Disaster Recovery of Workloads on AWS",
            "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/"
                    + "disaster-recovery-workloads-on-aws.html");
}
