package jp.yokoten.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Every process and directory the fault suite makes, so that it can end them all: after the last test, on a
 * failed start, and from a shutdown hook if the JVM is ended early. Never touches anything it did not start.
 */
final class OwnProcesses {
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private final List<Runnable> stoppers = new ArrayList<>();
    private final Thread hook = new Thread(this::cleanUp, "fault-suite-cleanup");

    OwnProcesses() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized Process start(ProcessBuilder builder) throws IOException {
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    synchronized Path directory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        directories.add(dir);
        return dir;
    }

    /** An extra stop action (pg_ctl stop) run before the processes are killed. */
    synchronized void onCleanUp(Runnable stopper) {
        stoppers.add(stopper);
    }

    /** Ends the process and all its children (kc.sh starts a JVM) and waits for them. */
    static void kill(Process p, boolean forcibly) {
        if (p == null || !p.isAlive() && p.descendants().findAny().isEmpty()) {
            return;
        }
        List<ProcessHandle> children = p.descendants().toList();
        if (forcibly) {
            children.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        } else {
            children.forEach(ProcessHandle::destroy);
            p.destroy();
        }
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle c : children) {
                c.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    synchronized void cleanUp() {
        for (Runnable s : stoppers) {
            try {
                s.run();
            } catch (RuntimeException ignored) {
                // best effort: the kill below still ends the process
            }
        }
        stoppers.clear();
        for (Process p : processes) {
            kill(p, true);
        }
        processes.clear();
        for (Path dir : directories) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // already gone
            }
        }
        directories.clear();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
    }
}
