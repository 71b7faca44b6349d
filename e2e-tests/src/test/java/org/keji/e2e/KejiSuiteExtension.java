package org.keji.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.keji.launcher.ServiceProcess;
import org.keji.launcher.Suite;
import org.keji.launcher.SuiteConfig;

/**
 * Starts the whole suite once for the test run, exactly as the local launcher does but on free ports, and stops it
 * after the last test class; test classes receive the {@link Gateway} (or the {@link Suite}) as a parameter.
 */
public final class KejiSuiteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KejiSuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Suite.class || type == Gateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Suite suite = suite(context);
        return parameter.getParameter().getType() == Suite.class ? suite : new Gateway(suite);
    }

    private static Suite suite(ExtensionContext context) {
        // the root store closes the suite (an AutoCloseable) when the whole test run ends
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Suite.class, key -> start(), Suite.class);
    }

    private static Suite start() {
        Path root = SuiteConfig.locateRoot();
        Path work = Path.of(System.getProperty("keji.e2e.work-dir", root.resolve("e2e-tests/target/e2e-suite").toString()));
        long started = System.nanoTime();
        Suite suite = Suite.start(SuiteConfig.onFreePorts(root, work));
        System.out.printf("Keji suite healthy after %d ms, gateway %s, logs %s%n",
                (System.nanoTime() - started) / 1_000_000, suite.gatewayUrl(), suite.config().logDirectory());
        for (ServiceProcess process : suite.processes()) {
            System.out.printf("  %-20s healthy after %5s ms, RSS %s MB%n", process.name(),
                    process.timeToHealthy().map(d -> Long.toString(d.toMillis())).orElse("?"),
                    process.rssBytes().isPresent() ? Long.toString(process.rssBytes().getAsLong() >> 20) : "?");
        }
        return suite;
    }
}
