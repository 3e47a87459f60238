package dev.relacja.camel.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * The application-context class loader of a module's CamelContext: classes and resources come
 * from the Camel runtime first (so Camel's components, languages and type converters are always
 * the embedded ones), then from the module's own bundle (its route beans, templates, resources).
 */
final class ModuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader module;

    ModuleClassLoader(String name, ClassLoader runtime, ClassLoader module) {
        super(name, runtime);
        this.module = module;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return module.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return module.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return module.getResources(name);
    }
}
