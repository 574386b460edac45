package nl.leernetwerk.benchmark;

import java.util.Arrays;

/** Response times of one measurement, in nanoseconds. Thread-safe. */
final class Latenties {

    private long[] waarden = new long[1024];
    private int aantal;

    synchronized void voegToe(long nanos) {
        if (aantal == waarden.length) {
            waarden = Arrays.copyOf(waarden, aantal * 2);
        }
        waarden[aantal++] = nanos;
    }

    synchronized int aantal() {
        return aantal;
    }

    /** The p-th percentile (nearest rank) in milliseconds. */
    synchronized double percentiel(double p) {
        if (aantal == 0) {
            return Double.NaN;
        }
        long[] gesorteerd = Arrays.copyOf(waarden, aantal);
        Arrays.sort(gesorteerd);
        int rang = (int) Math.ceil(p / 100.0 * aantal);
        return gesorteerd[Math.clamp(rang - 1, 0, aantal - 1)] / 1e6;
    }

    synchronized double gemiddelde() {
        return Arrays.stream(waarden, 0, aantal).average().orElse(Double.NaN) / 1e6;
    }
}
