package io.github.zwgk.annualreport.repo.webscript;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/** A mocked request with template variables and parameters, and a response that captures its body. */
final class WebScriptMocks
{
    final WebScriptRequest req = mock(WebScriptRequest.class);
    final WebScriptResponse res = mock(WebScriptResponse.class);
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    WebScriptMocks(String format, Map<String, String> templateVars, Map<String, String> params)
    {
        when(req.getServiceMatch()).thenReturn(new Match("/annual-report", templateVars, "/annual-report"));
        when(req.getFormat()).thenReturn(format);
        params.forEach((k, v) -> when(req.getParameter(k)).thenReturn(v));
        try
        {
            when(res.getOutputStream()).thenReturn(body);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST body sent as {@code contentType}. */
    WebScriptMocks body(String contentType, String text)
    {
        when(req.getContentType()).thenReturn(contentType);
        Content content = mock(Content.class);
        try
        {
            when(content.getContent()).thenReturn(text);
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
        when(req.getContent()).thenReturn(content);
        return this;
    }

    /** A JSON POST body. */
    WebScriptMocks json(String text)
    {
        return body("application/json; charset=UTF-8", text);
    }

    byte[] bytes()
    {
        return body.toByteArray();
    }
}
