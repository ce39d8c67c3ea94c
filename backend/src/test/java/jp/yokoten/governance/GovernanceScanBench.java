package jp.yokoten.governance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark for issue 7 (not part of the test run): scans 50 MiB zips of two shapes five times each in the
 * surefire JVM (heap capped at 256 MiB by the build) and prints median wall time and peak heap.
 * Run through {@code bash bench/governance/run.sh}.
 */
@EnabledIfSystemProperty(named = "yokoten.bench", matches = "true")
class GovernanceScanBench {
    static final long TARGET = 50L * 1024 * 1024 - 64 * 1024;

    @Test
    void scanFiftyMebibyteZips() throws IOException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("BENCH max heap %d MiB, %d processors%n", maxHeap >> 20, Runtime.getRuntime().availableProcessors());
        assertTrue(maxHeap <= 256L * 1024 * 1024, "the build caps the heap at 256 MiB");
        measure("mixed: 70% images (stored), 30% csv/json text", build(0.30));
        measure("text only: csv and json records", build(1.0));
    }

    private static void measure(String shape, Path zip) throws IOException {
        GovernanceScanner scanner = new GovernanceScanner(1024L * 1024 * 1024, 10_000);
        List<Long> millis = new ArrayList<>();
        long peak = 0;
        List<GovernanceScanner.RawFinding> findings = List.of();
        for (int run = 0; run < 5; run++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            findings = scanner.scan(zip, "bench.zip");
            millis.add((System.nanoTime() - start) / 1_000_000);
            peak = Math.max(peak, ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("BENCH | %s | %.1f MiB | %d ms | %s | %d MiB | %s |%n", shape, Files.size(zip) / 1048576.0,
                sorted.get(2), millis, peak >> 20, findings.stream().collect(java.util.stream.Collectors.groupingBy(
                        f -> f.rule().id, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        Files.delete(zip);
    }

    /** A zip just under 50 MiB whose compressed bytes are {@code textShare} text entries, the rest random "images". */
    private static Path build(double textShare) throws IOException {
        Path path = Files.createTempFile("yokoten-bench", ".zip");
        Random random = new Random(7);
        String[] names = {"山田 太郎", "鈴木 花子", "佐藤 一郎", "田中 美咲"};
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            long textBudget = (long) (TARGET * textShare);
            int part = 0;
            while (Files.size(path) < textBudget) {
                zip.putNextEntry(new ZipEntry("data/records-" + part++ + ".csv"));
                StringBuilder rows = new StringBuilder("受付番号,氏名,受付日,区分,備考,金額\n");
                for (int i = 0; i < 20_000; i++) {
                    rows.append(random.nextInt(1_000_000)).append(',').append(names[i % 4]).append(',')
                            .append("2025-").append(1 + i % 12).append('-').append(1 + i % 28).append(',')
                            .append(i % 3 == 0 ? "新規" : "更新").append(",備考 ").append(Long.toHexString(random.nextLong()))
                            .append(" 確認済み,").append(random.nextInt(100_000)).append('\n');
                }
                zip.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.flush();
            }
            byte[] block = new byte[1024 * 1024];
            int image = 0;
            while (Files.size(path) + block.length + 4096 < TARGET) {
                ZipEntry e = new ZipEntry("images/photo-" + image++ + ".png");
                zip.putNextEntry(e);
                random.nextBytes(block);
                block[0] = (byte) 0x89;
                block[1] = 'P';
                zip.write(block);
                zip.closeEntry();
                zip.flush();
            }
        }
        return path;
    }
}
