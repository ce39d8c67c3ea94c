package jp.yokoten.template;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.yokoten.governance.ScanStarting;

/** Holds the governance scan of one named upload open until the test releases it; other uploads pass. */
@Singleton
public class ScanGate {
    private volatile String fileName;
    private volatile CountDownLatch entered = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    public void arm(String fileName) {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
        this.fileName = fileName;
    }

    public boolean awaitScanStarted(long seconds) throws InterruptedException {
        return entered.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        fileName = null;
        released.countDown();
    }

    void onScan(@Observes ScanStarting scan) {
        if (!scan.fileName().equals(fileName)) {
            return;
        }
        entered.countDown();
        try {
            if (!released.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the scan of " + scan.fileName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
