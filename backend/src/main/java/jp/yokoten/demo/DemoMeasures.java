package jp.yokoten.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Demo data of the policy's other measures, loaded after the catalog they refer to: an award round (SPEC §8),
 * proposals and certifications (§9, §10), common-process projects and plans, know-how articles (§13). Each part is
 * idempotent.
 */
@ApplicationScoped
class DemoMeasures {
    private static final Logger LOG = Logger.getLogger(DemoMeasures.class);

    @Inject
    AwardDemo awards;

    @Inject
    DemoProposals proposals;

    @Inject
    DemoProjects projects;

    @Inject
    DemoArticles articles;

    /** {@code fresh}: the demo templates added by this load, by key (projects link to them). */
    void load(Map<String, UUID> fresh) {
        awards.load();
        int proposed = proposals.load();
        LOG.infof("Demo data: %d proposals and certifications added", proposed);
        projects.load(fresh);
        LOG.infof("Demo data: %d know-how articles added", articles.load());
    }
}
