package dev.relacja.scheduling.impl.ical;

import dev.relacja.scheduling.api.IcalFeedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves {@code /relacja/ical/<token>.ics} to calendar applications. It is a plain whiteboard servlet,
 * outside Relacja's REST application and its Basic-auth filter: the token is the credential. Anything
 * but an active feed's token is 404 at once, with no hint whether the feed ever existed.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("relacja-ical")
@HttpWhiteboardServletPattern(IcalFeedService.PATH_PREFIX + "*")
public class IcalFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = ".ics";

    private final transient IcalFeedService feeds;

    @Activate
    public IcalFeedServlet(@Reference IcalFeedService feeds) {
        this.feeds = feeds;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> calendar = token(request.getPathInfo()).flatMap(feeds::render);
        response.setHeader("Cache-Control", "private, no-cache");
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("No such calendar feed\n");
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"relacja.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The token of {@code /<token>.ics}; empty for any other path. */
    static Optional<String> token(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String token = pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
        return FeedTokens.wellFormed(token) ? Optional.of(token) : Optional.empty();
    }
}
