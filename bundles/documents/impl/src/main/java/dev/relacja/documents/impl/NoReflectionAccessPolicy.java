package dev.relacja.documents.impl;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.List;

/**
 * FreeMarker's default member-access policy, with the way into reflection closed too: no
 * {@code getClass()} on any object, and nothing at all on classes, class loaders, protection domains
 * or threads (the default policy still lets {@code x.class.protectionDomain} through, which shows
 * where the code lives). Templates read their model, not the JVM.
 */
final class NoReflectionAccessPolicy implements MemberAccessPolicy {

    private static final List<Class<?>> SEALED = List.of(Class.class, ClassLoader.class, ProtectionDomain.class,
            Thread.class, ThreadGroup.class, Runtime.class, System.class, Module.class, ModuleLayer.class);

    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private final MemberAccessPolicy defaults;

    NoReflectionAccessPolicy(Version incompatibleImprovements) {
        defaults = DefaultMemberAccessPolicy.getInstance(incompatibleImprovements);
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        for (Class<?> sealed : SEALED) {
            if (sealed.isAssignableFrom(type)) {
                return NOTHING;
            }
        }
        ClassMemberAccessPolicy base = defaults.forClass(type);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return !"getClass".equals(method.getName()) && base.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return base.isConstructorExposed(constructor);
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return base.isFieldExposed(field);
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return defaults.isToStringAlwaysExposed();
    }
}
