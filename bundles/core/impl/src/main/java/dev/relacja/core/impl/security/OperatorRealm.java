package dev.relacja.core.impl.security;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's {@code karaf} realm (by a higher rank) with one over Relacja's operators, so REST,
 * SSH and the web UI all sign in with the same accounts and nobody signs in with a shipped password.
 */
@Component
public class OperatorRealm implements JaasRealm {
    static final String REALM = "karaf";
    static final String STORE_OPTION = "dev.relacja.operator.store";

    private final AppConfigurationEntry[] entries;

    @Activate
    public OperatorRealm(@Reference OperatorStore store, BundleContext context) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, RelacjaLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        options.put(STORE_OPTION, store);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return 100;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
