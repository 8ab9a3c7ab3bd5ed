package org.modelcensus.server.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Imports a snapshot from a public https URL into a store. The host is resolved here and every
 * address it resolves to must be public ({@link AddressPolicy}); the connection then goes to the
 * checked address, never through a second lookup, so DNS rebinding cannot redirect it. Redirects
 * (at most five) are followed only to https URLs that pass the same check. The download is capped
 * in size (the store's limit) and in time (two minutes by default, from the first connection to
 * the last byte; the name lookups are the system resolver's).
 *
 * <p>Example: {@code new UrlImport(store).importUrl("https://epoch.ai/data/large_scale_ai_models.csv")}
 */
public final class UrlImport {
    /** The default cap on a download's duration. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    static final int MAX_REDIRECTS = 5;
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Looks up a host's addresses; tests substitute one that needs no network. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** One request to a checked address; tests substitute canned responses. */
    @FunctionalInterface
    interface Exchange {
        HttpsGet.Response get(URI uri, InetAddress pinned, long maxBytes, long deadlineNanos) throws IOException;
    }

    private final SnapshotStore store;
    private final Resolver resolver;
    private final Exchange https;
    private final Duration timeout;

    public UrlImport(SnapshotStore store) {
        this(store, InetAddress::getAllByName, (SSLSocketFactory) SSLSocketFactory.getDefault(), DEFAULT_TIMEOUT);
    }

    UrlImport(SnapshotStore store, Resolver resolver, SSLSocketFactory tls, Duration timeout) {
        this(store, resolver, new HttpsGet(tls)::get, timeout);
    }

    UrlImport(SnapshotStore store, Resolver resolver, Exchange https, Duration timeout) {
        this.store = store;
        this.resolver = resolver;
        this.https = https;
        this.timeout = timeout;
    }

    /** Downloads {@code url} and stores it (validated as by {@link SnapshotStore#put(String, byte[])}). */
    public StoredSnapshot importUrl(String url) {
        Fetched fetched = fetch(url, parse(url));
        return store.put(nameOf(fetched.uri()), fetched.bytes());
    }

    /** The body and the URL it finally came from, after redirects. */
    private record Fetched(URI uri, byte[] bytes) {
    }

    private Fetched fetch(String url, URI first) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = first;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                InetAddress pinned = checkedAddress(url, uri);
                HttpsGet.Response response = https.get(uri, pinned, store.maxBytes(), deadline);
                Optional<String> location = redirect(response);
                if (location.isEmpty()) {
                    return new Fetched(uri, body(url, response));
                }
                uri = parse(uri.resolve(location.get()).toString());
            }
            throw new BadInputException(url, 0, 0, "more than " + MAX_REDIRECTS + " redirects");
        } catch (HttpsGet.TooLarge e) {
            throw new SnapshotTooLargeException(url, store.maxBytes());
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(url, 0, 0, "cannot download: " + e.getMessage(), e);
        }
    }

    private static Optional<String> redirect(HttpsGet.Response response) {
        int status = response.status();
        boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        return redirect ? Optional.ofNullable(response.headers().get("location")) : Optional.empty();
    }

    private static byte[] body(String url, HttpsGet.Response response) {
        if (response.status() != 200) {
            throw new BadInputException(url, 0, 0, "the server answered HTTP " + response.status()
                    + " instead of 200 OK");
        }
        return response.body();
    }

    /**
     * The address to connect to for {@code uri}: its host resolved, every address checked.
     * Refuses with a message naming the address and why, e.g. {@code 127.0.0.1 is a loopback address}.
     */
    InetAddress checkedAddress(String url, URI uri) {
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new BadInputException(url, 0, 0, "unknown host " + host, e);
        }
        if (addresses.length == 0) {
            throw new BadInputException(url, 0, 0, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            AddressPolicy.refusal(address).ifPresent(why -> {
                throw new BadInputException(url, 0, 0, "refused: " + host + (isIpLiteral(host) ? "" : " resolves to "
                        + address.getHostAddress() + ", which") + " is not a public address (" + why
                        + "); only public https URLs can be imported");
            });
        }
        return addresses[0];
    }

    /** Parses and checks the form of a URL: https, a host, no user name or password. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new BadInputException(url, 0, 0, "not a valid URL: " + e.getMessage(), e);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new BadInputException(url, 0, 0, "refused: only https URLs can be imported");
        }
        if (uri.getRawUserInfo() != null) {
            throw new BadInputException(url, 0, 0, "refused: the URL may not carry a user name or password");
        }
        if (uri.getHost() == null) {
            throw new BadInputException(url, 0, 0, "refused: the URL has no valid host name");
        }
        return uri;
    }

    /** The URL's host without the brackets of an IPv6 literal. */
    static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isIpLiteral(String host) {
        return host.contains(":") || IPV4_LITERAL.matcher(host).matches();
    }

    /** The last path segment of the final URL ({@code large_scale_ai_models.csv}), or its host when the path has none. */
    private static String nameOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? host(uri) : last;
    }
}
