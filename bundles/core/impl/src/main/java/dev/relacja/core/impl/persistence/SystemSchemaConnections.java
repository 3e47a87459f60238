package dev.relacja.core.impl.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Hands Flyway connections that sit in Derby's SYS schema while Flyway uses them and go back to the
 * pool in the schema they came with. Flyway compares catalog names with SQL parameters, and in a
 * territory-collated Derby database that only works from a system schema, whose strings are UCS_BASIC;
 * the pooled connection must not keep SYS, or EclipseLink would look for its tables there.
 */
final class SystemSchemaConnections {
    private SystemSchemaConnections() {
    }

    static DataSource over(DataSource pooled) {
        return (DataSource) Proxy.newProxyInstance(SystemSchemaConnections.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(pooled, method, args);
                    return result instanceof Connection connection ? inSystemSchema(connection) : result;
                });
    }

    private static Connection inSystemSchema(Connection connection) throws SQLException {
        String original = connection.getSchema();
        execute(connection, "SET SCHEMA SYS");
        return (Connection) Proxy.newProxyInstance(SystemSchemaConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        execute(connection, "SET SCHEMA \"" + original.replace("\"", "\"\"") + "\"");
                    }
                    return invoke(connection, method, args);
                });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
