package dev.relacja.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the Karaf instances the tests start. A port the kernel hands out for {@code bind(0)} is free only
 * at that moment: the kernel may give the same number again to any later ephemeral socket (Karaf's own
 * shutdown port took a container's HTTP port that way), and two containers configured in advance may get
 * the same one. So ports come from below the kernel's ephemeral range and are never handed out twice in
 * this JVM.
 */
public final class TestPorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default lower bound of the ephemeral range, for systems that do not say theirs. */
    private static final int DEFAULT_EPHEMERAL_LOW = 32768;
    /** Above Pax Exam's RMI ports (21000–21099) and the well-known services. */
    private static final int LOWEST = 22000;
    private static final int ATTEMPTS = 500;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private TestPorts() {
    }

    /** A port no socket listens on, on the wildcard address or on loopback, outside the ephemeral range. */
    public static synchronized int free() {
        int highest = ephemeralLow() - 1;
        if (highest <= LOWEST) {
            throw new IllegalStateException("The ephemeral port range starts at " + (highest + 1)
                    + "; the tests need ports between " + LOWEST + " and it");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!HANDED_OUT.contains(port) && bindable(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + highest + " after "
                + ATTEMPTS + " attempts");
    }

    private static boolean bindable(int port) {
        try (ServerSocket wildcard = new ServerSocket();
                ServerSocket loopback = new ServerSocket()) {
            wildcard.bind(new InetSocketAddress(port), 1);
            wildcard.close();
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralLow() {
        // read as a stream: /proc reports a size its file does not have, and readString trusts that size
        try (BufferedReader range = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(range.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_LOW;
        }
    }
}
