package nl.leernetwerk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the CPU of a phase goes: per group of Java threads of this JVM (sampled every 100 ms, because the
 * mass indexer's threads end with it), the JVM's own garbage collector and JIT compiler threads (from
 * /proc/self/task), the rest of the JVM, and the PostgreSQL server on {@code port} (postmaster, its reaped
 * and its live children).
 */
final class CpuVerdeling implements AutoCloseable {

    private static final ThreadMXBean DRADEN = ManagementFactory.getThreadMXBean();
    private static final long TIK = 10_000_000L; // /proc counts CPU in ticks of 1/100 s (getconf CLK_TCK)

    private final Map<Long, Long> begin = new HashMap<>();
    private final Map<Long, Long> laatste = new HashMap<>();
    private final Map<Long, String> namen = new HashMap<>();
    private final ScheduledExecutorService klok = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "benchmark-cpu-verdeling");
        t.setDaemon(true);
        return t;
    });
    private boolean eerste = true;
    private final long procesBegin;
    private final Optional<Long> postgres;
    private final long postgresBegin;

    CpuVerdeling(int postgresPoort) {
        for (long id : DRADEN.getAllThreadIds()) {
            long cpu = DRADEN.getThreadCpuTime(id);
            if (cpu >= 0) {
                begin.put(id, cpu);
            }
        }
        procesBegin = procesCpu();
        postgres = postmaster(postgresPoort);
        postgresBegin = postgres.map(CpuVerdeling::postgresCpu).orElse(0L);
        meet();
        klok.scheduleAtFixedRate(this::meet, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** Native JVM threads (not Java threads) per /proc/self/task: id to [name, CPU ticks at start, latest]. */
    private final Map<String, Object[]> jvmDraden = new HashMap<>();

    private synchronized void meet() {
        try (var taken = Files.list(Path.of("/proc/self/task"))) {
            taken.forEach(taak -> {
                String stat;
                try {
                    stat = Files.readString(taak.resolve("stat"));
                } catch (IOException weg) {
                    return; // the thread ended meanwhile
                }
                String naam = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String deel = naam.contains("CompilerThre") ? "JIT compiler"
                        : naam.startsWith("GC Thread") || naam.startsWith("G1 ") ? "garbage collector" : null;
                if (deel != null) {
                    String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long tikken = Long.parseLong(velden[11]) + Long.parseLong(velden[12]);
                    Object[] draad = jvmDraden.computeIfAbsent(taak.getFileName().toString(),
                            t -> new Object[] {deel, eerste ? tikken : 0L, tikken});
                    draad[2] = tikken;
                }
            });
        } catch (IOException weg) {
            // no /proc: the JVM's own threads are not split up
        }
        eerste = false;
        long[] ids = DRADEN.getAllThreadIds();
        ThreadInfo[] info = DRADEN.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = DRADEN.getThreadCpuTime(ids[i]);
            if (cpu >= 0 && info[i] != null) {
                laatste.put(ids[i], cpu);
                namen.putIfAbsent(ids[i], info[i].getThreadName());
            }
        }
    }

    /** Stops sampling; CPU seconds per part since construction, in a fixed order. */
    synchronized Map<String, Double> stop() {
        klok.shutdownNow();
        meet();
        Map<String, Double> delen = new LinkedHashMap<>();
        for (String deel : new String[] {"entity loading and document building", "index writing (analysis, inversion, flushes)",
                "segment merges", "other Java threads", "garbage collector", "JIT compiler", "rest of the JVM",
                "PostgreSQL"}) {
            delen.put(deel, 0.0);
        }
        double jvm = 0;
        for (Object[] draad : jvmDraden.values()) {
            double seconden = ((Long) draad[2] - (Long) draad[1]) * TIK / 1e9;
            jvm += seconden;
            delen.merge((String) draad[0], seconden, Double::sum);
        }
        double javaDraden = 0;
        for (var e : laatste.entrySet()) {
            double seconden = (e.getValue() - begin.getOrDefault(e.getKey(), 0L)) / 1e9;
            javaDraden += seconden;
            delen.merge(deel(namen.get(e.getKey())), seconden, Double::sum);
        }
        delen.put("rest of the JVM", Math.max(0, (procesCpu() - procesBegin) / 1e9 - javaDraden - jvm));
        delen.put("PostgreSQL", postgres.map(pid -> (postgresCpu(pid) - postgresBegin) / 1e9).orElse(Double.NaN));
        return delen;
    }

    private static String deel(String draad) {
        // Hibernate Search 8 names: "... Mass indexing - <type> - Entity loading - N" (loads and builds documents),
        // "... default backend - Worker thread - N" (Lucene: analysis, inversion, flushes, commits),
        // "... Lucene Merge Thread - N" and "... Mass indexing - Workspace - N" (merges, the final one included)
        if (draad.contains("Entity loading") || draad.contains("ID loading")) {
            return "entity loading and document building";
        }
        if (draad.contains("Worker thread")) {
            return "index writing (analysis, inversion, flushes)";
        }
        if (draad.contains("Merge Thread") || draad.contains("Workspace")) {
            return "segment merges";
        }
        return "other Java threads";
    }

    /** Names of the threads seen, for checking {@link #deel}. */
    synchronized String draadnamen() {
        return namen.values().stream().map(n -> n.replaceAll("\\d+", "N")).distinct().sorted()
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    @Override
    public void close() {
        klok.shutdownNow();
    }

    static long procesCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The postmaster listening on {@code poort} (its command line has {@code -p poort}). */
    private static Optional<Long> postmaster(int poort) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").matches(".*/postgres .*-p " + poort + "( .*)?"))
                .map(ProcessHandle::pid).findFirst();
    }

    /** CPU of the postmaster, its reaped children (cutime, cstime) and its live children, in nanoseconds. */
    private static long postgresCpu(long postmaster) {
        long tikken = stat(postmaster, true);
        tikken += ProcessHandle.of(postmaster).map(p -> p.children().mapToLong(c -> stat(c.pid(), false)).sum()).orElse(0L);
        return tikken * TIK;
    }

    private static long stat(long pid, boolean metKinderen) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // fields after the command in parentheses: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long tikken = Long.parseLong(velden[11]) + Long.parseLong(velden[12]);
            return metKinderen ? tikken + Long.parseLong(velden[13]) + Long.parseLong(velden[14]) : tikken;
        } catch (IOException | RuntimeException weg) {
            return 0; // the process ended meanwhile
        }
    }
}
