package jp.yokoten.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bucket arithmetic and the memory bound, with time passed in as numbers. */
class BucketsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBucketAllowsItsBurstThenRefillsAtItsRate() {
        Buckets buckets = new Buckets(3, 2, 10);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a", 0));
        }
        assertEquals(SECOND / 2, buckets.take("a", 0));
        assertEquals(SECOND / 4, buckets.take("a", SECOND / 4));
        assertEquals(0, buckets.take("a", SECOND / 2));
        assertEquals(0, buckets.take("b", SECOND / 2), "another key has its own bucket");
    }

    @Test
    void aClockSteppingBackwardsNeitherRefillsNorDrains() {
        Buckets buckets = new Buckets(1, 1, 10);
        assertEquals(0, buckets.take("a", 10 * SECOND));
        assertEquals(SECOND, buckets.take("a", 5 * SECOND));
        assertEquals(0, buckets.take("a", 11 * SECOND));
    }

    @Test
    void idleBucketsAreForgottenWhenNewCallersArrive() {
        Buckets buckets = new Buckets(2, 1, 1000);
        for (int i = 0; i < 100; i++) {
            buckets.take("caller-" + i, 0);
        }
        assertEquals(100, buckets.size());
        // two seconds later every bucket is full again, so the next newcomer sweeps them away
        buckets.take("newcomer", 2 * SECOND);
        assertEquals(1, buckets.size());
    }

    @Test
    void theNumberOfBucketsNeverExceedsTheCapAndTheLeastRecentlyUsedGoesFirst() {
        Buckets buckets = new Buckets(2, 1, 3);
        buckets.take("a", 0);
        buckets.take("a", 0);
        buckets.take("b", 0);
        buckets.take("c", 0);
        buckets.take("a", 0); // a is empty and now the most recently used
        buckets.take("d", 0);
        assertEquals(3, buckets.size());
        assertEquals(SECOND, buckets.take("a", 0), "a kept its state");
        assertEquals(0, buckets.take("b", 0), "b was evicted and starts full");
    }
}
