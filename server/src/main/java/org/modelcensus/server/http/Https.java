package org.modelcensus.server.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Serves a not yet started app over HTTPS only, with the key and certificate of a PKCS12 (or JKS)
 * key store, through Jetty's {@link SslContextFactory.Server}; no plain HTTP connector is opened.
 *
 * <p>Example: {@code Https.serve(app, Https.load(Path.of("census.p12"), password), 8443); app.start();}
 */
public final class Https {
    private Https() {
    }

    /**
     * Loads a key store and checks it holds a private key; a {@link BadInputException} naming the file
     * when it cannot be read, the password is wrong or there is no key.
     */
    public static KeyStore load(Path file, char[] password) {
        Exception last = null;
        for (String type : new String[] {"PKCS12", "JKS"}) {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance(type);
                store.load(in, password);
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        return store;
                    }
                }
                throw new BadInputException(file.toString(), 0, 0, "the key store holds no private key (and certificate)");
            } catch (IOException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    throw new BadInputException(file.toString(), 0, 0, "wrong key store password", e);
                }
                if (!Files.isReadable(file)) {
                    throw new BadInputException(file.toString(), 0, 0, "cannot read the key store: " + e.getMessage(), e);
                }
                last = e;
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new BadInputException(file.toString(), 0, 0, "not a PKCS12 or JKS key store, or the password is wrong ("
                + last.getMessage() + ")", last);
    }

    /** Replaces the app's plain HTTP connector with an HTTPS one on {@code port} (0: any free port). */
    public static void serve(Javalin app, KeyStore keyStore, char[] password, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore);
        ssl.setKeyStorePassword(new String(password));
        Server server = app.jettyServer().server();
        HttpConfiguration https = new HttpConfiguration();
        https.setSendServerVersion(false);
        // Clients check the host name against the certificate; Jetty's own SNI check would refuse IP addresses.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setPort(port);
        server.addConnector(connector);
    }
}
