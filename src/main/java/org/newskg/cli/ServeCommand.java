package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.serve.NewskgServer;
import org.newskg.serve.Passwords;
import org.newskg.serve.ServerConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The SPARQL server over the dataset, as configured in fuseki-config/config.ttl. */
@Command(name = "serve", mixinStandardHelpOptions = true,
         description = { "Serve the dataset over SPARQL with Fuseki, as configured in fuseki-config/config.ttl.",
                         "With --load, load facts files (as the load command does) before serving." })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--config", paramLabel = "FILE", description = "Server configuration (default: fuseki-config/config.ttl, or the copy in the jar).")
    Path config;

    @Option(names = "--load", paramLabel = "PATH", split = ",", description = "Facts files or folders to load first; repeatable.")
    List<Path> load = new ArrayList<>();

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Users allowed to write (Jetty realm format). Default: DIR.passwd beside the dataset, created with a random password for admin.")
    Path passwd;

    @Option(names = "--public", description = "Listen on all interfaces, not only on localhost.")
    boolean publicAccess;

    @Option(names = "--https", paramLabel = "KEYSTORE",
            description = "Serve HTTPS with the key and certificate of KEYSTORE (PKCS12 or JKS); plain HTTP then redirects to it.")
    Path httpsKeystore;

    @Option(names = "--https-port", defaultValue = "3443", description = "HTTPS port with --https (default: ${DEFAULT-VALUE}).")
    int httpsPort;

    @Option(names = "--keystore-passwd", paramLabel = "FILE",
            description = "File whose first line is the keystore's password, readable by you only (needed with --https).")
    Path keystorePasswd;

    @Override
    public Integer call() {
        if (!load.isEmpty()) {
            int loaded = LoadCommand.load(spec, data.dir, load);
            if (loaded != ExitCodes.OK)
                return loaded;
        }
        ServerConfig serverConfig = config != null ? ServerConfig.read(config) : ServerConfig.standard();
        Path passwords = passwd != null ? passwd : Passwords.defaultFor(data.dir);
        boolean created = Passwords.ensure(passwords);
        Passwords.checkPrivate(passwords);
        if (httpsKeystore != null && keystorePasswd == null)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--https needs --keystore-passwd FILE");
        PrintWriter err = spec.commandLine().getErr();
        err.println("newskg: writes (/newskg/update, /newskg/data) need the user " + Passwords.USER + " and the password in "
                    + passwords + (created ? " (created now, readable by you only)" : ""));
        FusekiServer.Builder builder = NewskgServer.create(serverConfig, data.dir, passwords)
                .port(port)
                .loopback(!publicAccess);
        if (httpsKeystore != null)
            NewskgServer.https(builder, httpsPort, httpsKeystore, keystorePasswd);
        FusekiServer server = builder.build().start();
        String root = httpsKeystore != null ? "https://localhost:" + server.getHttpsPort() : "http://localhost:" + server.getHttpPort();
        err.println("newskg: serving " + data.dir + " (configuration " + serverConfig.source() + ")");
        err.println("newskg: SPARQL endpoint " + root + "/" + NewskgServer.DATASET + "/sparql");
        err.println("newskg: UI              " + root + "/");
        err.println("newskg: press Ctrl-C to stop");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
