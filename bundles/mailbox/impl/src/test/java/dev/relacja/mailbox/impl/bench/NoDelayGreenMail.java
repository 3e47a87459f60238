package dev.relacja.mailbox.impl.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail whose SMTP server answers with Nagle's algorithm off. Stock GreenMail leaves it on, and then each
 * message waits for a delayed ACK (about 20 messages a second on loopback): the benchmark would measure the
 * server, not the sender.
 */
final class NoDelayGreenMail extends GreenMail {

    NoDelayGreenMail(ServerSetup... setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        services.replaceAll((protocol, server) -> server instanceof SmtpServer
                ? new NoDelaySmtpServer(server.getServerSetup(), managers) : server);
        return services;
    }

    private static final class NoDelaySmtpServer extends SmtpServer {
        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
