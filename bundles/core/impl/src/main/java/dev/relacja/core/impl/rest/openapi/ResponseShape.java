package dev.relacja.core.impl.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a resource method declared to return {@code javax.ws.rs.core.Response} really answers, read from its
 * bytecode, since its signature says nothing: the success statuses it builds ({@code ok}, {@code created},
 * {@code accepted}, {@code noContent}), the static types of the entities it puts in them, and whether it
 * sends an ETag or a Location. Helper methods of the same class are followed a few calls deep (Relacja's
 * resources build responses in small private helpers). What cannot be read yields {@link #UNKNOWN}.
 *
 * @param statuses the 2xx statuses built, in ascending order
 * @param entityTypes the static types of the entities passed to {@code ok(…)}, {@code entity(…)}, …
 * @param etag whether the response carries an entity tag ({@code ResponseBuilder.tag})
 * @param location whether the response carries a Location ({@code created} or {@code location})
 */
record ResponseShape(Set<Integer> statuses, Set<Class<?>> entityTypes, boolean etag, boolean location) {
    static final ResponseShape UNKNOWN = new ResponseShape(Set.of(), Set.of(), false, false);

    private static final Logger LOG = LoggerFactory.getLogger(ResponseShape.class);
    private static final String RESPONSE = "javax/ws/rs/core/Response";
    private static final String BUILDER = "javax/ws/rs/core/Response$ResponseBuilder";
    private static final Type OBJECT = Type.getType(Object.class);
    private static final int MAX_DEPTH = 3;

    /** Reads the shape of the response a method builds; {@link #UNKNOWN} when its class file cannot be read. */
    static ResponseShape of(Method method) {
        Class<?> owner = method.getDeclaringClass();
        try {
            ClassNode type = classNode(owner);
            Reading reading = new Reading(owner, type);
            reading.follow(methodNode(type, method.getName(), Type.getMethodDescriptor(method)), 0);
            return reading.shape();
        } catch (IOException | AnalyzerException | RuntimeException | LinkageError e) {
            LOG.debug("Cannot read what {} answers; documenting it without a schema", method, e);
            return UNKNOWN;
        }
    }

    private static ClassNode classNode(Class<?> type) throws IOException {
        ClassLoader loader = type.getClassLoader();
        String file = type.getName().replace('.', '/') + ".class";
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("no class file " + file);
            }
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return node;
        }
    }

    private static MethodNode methodNode(ClassNode type, String name, String descriptor) {
        for (MethodNode candidate : type.methods) {
            if (candidate.name.equals(name) && candidate.desc.equals(descriptor)) {
                return candidate;
            }
        }
        return null;
    }

    /** One method's reading: the calls it makes to Response and its builder, its own and its helpers'. */
    private static final class Reading {
        private final Class<?> owner;
        private final ClassNode type;
        private final Set<MethodNode> followed = new HashSet<>();
        private final Set<Integer> statuses = new TreeSet<>();
        private final Set<Class<?>> entityTypes = new LinkedHashSet<>();
        private boolean etag;
        private boolean location;

        Reading(Class<?> owner, ClassNode type) {
            this.owner = owner;
            this.type = type;
        }

        void follow(MethodNode method, int depth) throws AnalyzerException {
            if (method == null || depth > MAX_DEPTH || (method.access & Opcodes.ACC_ABSTRACT) != 0
                    || !followed.add(method)) {
                return;
            }
            Frame<BasicValue>[] frames = new Analyzer<>(verifier()).analyze(type.name, method);
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode instruction = method.instructions.get(i);
                if (instruction instanceof MethodInsnNode call && frames[i] != null) {
                    read(call, frames[i], depth);
                }
            }
        }

        private void read(MethodInsnNode call, Frame<BasicValue> before, int depth) throws AnalyzerException {
            if (call.owner.equals(RESPONSE)) {
                switch (call.name) {
                    case "ok" -> {
                        statuses.add(200);
                        entity(call, before);
                    }
                    case "created" -> {
                        statuses.add(201);
                        location = true;
                    }
                    case "accepted" -> {
                        statuses.add(202);
                        entity(call, before);
                    }
                    case "noContent" -> statuses.add(204);
                    default -> { }
                }
            } else if (call.owner.equals(BUILDER)) {
                switch (call.name) {
                    case "entity" -> entity(call, before);
                    case "tag" -> etag = true;
                    case "location" -> location = true;
                    default -> { }
                }
            } else if (call.owner.equals(type.name)) {
                follow(methodNode(type, call.name, call.desc), depth + 1);
            }
        }

        /** The static type of the first argument, when the call takes the entity as an Object there. */
        private void entity(MethodInsnNode call, Frame<BasicValue> before) {
            Type[] arguments = Type.getArgumentTypes(call.desc);
            if (arguments.length == 0 || !arguments[0].equals(OBJECT)) {
                return;
            }
            Type value = before.getStack(before.getStackSize() - arguments.length).getType();
            if (value == null || value.getSort() == Type.OBJECT && value.getInternalName().equals("null")) {
                return;
            }
            try {
                entityTypes.add(value.getSort() == Type.ARRAY
                        ? Class.forName(value.getDescriptor().replace('/', '.'), false, owner.getClassLoader())
                        : Class.forName(value.getClassName(), false, owner.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("Entity type {} of {} not loadable", value, owner, e);
            }
        }

        /** A verifier that knows the real types, loading them as the resource's own bundle sees them. */
        private SimpleVerifier verifier() {
            List<Type> interfaces = new ArrayList<>();
            for (String name : type.interfaces) {
                interfaces.add(Type.getObjectType(name));
            }
            SimpleVerifier verifier = new SimpleVerifier(Type.getObjectType(type.name),
                    type.superName == null ? null : Type.getObjectType(type.superName), interfaces,
                    (type.access & Opcodes.ACC_INTERFACE) != 0);
            verifier.setClassLoader(owner.getClassLoader());
            return verifier;
        }

        ResponseShape shape() {
            return new ResponseShape(Collections.unmodifiableSet(statuses), Collections.unmodifiableSet(entityTypes),
                    etag, location);
        }
    }
}
