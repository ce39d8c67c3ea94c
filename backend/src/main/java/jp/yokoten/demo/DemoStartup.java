package jp.yokoten.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.yokoten.common.config.YokotenConfig;
import org.jboss.logging.Logger;

/** Loads the demo portal at start-up when {@code yokoten.demo.enabled} is set (the run command and compose). */
@ApplicationScoped
class DemoStartup {
    private static final Logger LOG = Logger.getLogger(DemoStartup.class);

    @Inject
    YokotenConfig config;

    @Inject
    DemoLoader loader;

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            DemoLoader.Result r = loader.load();
            LOG.infof("Demo data: %d templates, %d adoptions, %d ratings, %d stories added", r.templates(), r.adoptions(),
                    r.ratings(), r.stories());
        }
    }
}
