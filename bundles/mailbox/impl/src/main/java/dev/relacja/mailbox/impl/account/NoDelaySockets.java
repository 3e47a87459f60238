package dev.relacja.mailbox.impl.account;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Socket factories that switch Nagle's algorithm off. SMTP and IMAP are request and answer: with Nagle on, the
 * short line after a message's data (or a command after a large write) waits for the server's delayed ACK, about
 * 40 ms a message. Jakarta Mail takes them as {@code mail.<protocol>.socketFactory} and
 * {@code mail.<protocol>.ssl.socketFactory}.
 */
final class NoDelaySockets {
    private NoDelaySockets() {
    }

    static Socket noDelay(Socket socket) throws SocketException {
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** Plain sockets (also those STARTTLS upgrades later). */
    static final class Plain extends SocketFactory {
        private final SocketFactory sockets = SocketFactory.getDefault();

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(sockets.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(sockets.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return noDelay(sockets.createSocket(address, port, localAddress, localPort));
        }
    }

    /** TLS from the first byte, with the JVM's default trust and protocols. */
    static final class Tls extends SSLSocketFactory {
        private final SSLSocketFactory sockets = (SSLSocketFactory) SSLSocketFactory.getDefault();

        @Override
        public String[] getDefaultCipherSuites() {
            return sockets.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return sockets.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return noDelay(sockets.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(sockets.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(sockets.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return noDelay(sockets.createSocket(address, port, localAddress, localPort));
        }
    }
}
