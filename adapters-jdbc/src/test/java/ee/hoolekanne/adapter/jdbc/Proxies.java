package ee.hoolekanne.adapter.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** The dynamic proxies the tests wrap JDBC objects in ({@link Killer}, {@link Interleaver}). */
final class Proxies {

    private Proxies() {
    }

    /** A {@code type} whose every call goes to {@code handler}. */
    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(Proxies.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    /** Calls {@code m} on {@code target}, throwing what it throws. */
    static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
