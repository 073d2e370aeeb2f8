package fi.polku.load;

import java.net.URI;
import java.util.Set;

/** Where and how hard the simulations push: read from system properties, loopback only. */
final class Target {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private Target() {
    }

    /** The app's base URL; refuses anything but loopback so a typo can never load someone else's server. */
    static String url() {
        String url = System.getProperty("polku.load.url", "http://127.0.0.1:8080");
        String host = URI.create(url).getHost();
        if (host == null || !LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("polku.load.url must point at 127.0.0.1 or localhost, not " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty("polku.load." + name, String.valueOf(fallback)));
    }

    static String text(String name) {
        String value = System.getProperty("polku.load." + name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set -Dpolku.load." + name);
        }
        return value;
    }
}
