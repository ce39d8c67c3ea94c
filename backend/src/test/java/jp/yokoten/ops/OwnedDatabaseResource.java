package jp.yokoten.ops;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Creates a fresh {@link OwnedDatabase} (argument {@code suffix}) before the API starts, and drops it afterwards. */
public class OwnedDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> args) {
        database = OwnedDatabase.scratchName(args.get("suffix"));
    }

    @Override
    public Map<String, String> start() {
        OwnedDatabase.bash("recreate_database " + database).succeeded();
        return OwnedDatabase.apiConfig(database);
    }

    @Override
    public void stop() {
        OwnedDatabase.drop(database);
    }
}
