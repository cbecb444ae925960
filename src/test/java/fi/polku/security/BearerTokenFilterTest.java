package fi.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** HTTP Basic switched off, and bearer tokens where no provider is configured. */
class BearerTokenFilterTest {

    private static MockHttpServletResponse call(BearerTokenFilter filter, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/partner-companies");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299);
        }
        return response;
    }

    @Test
    void withHttpBasicSwitchedOffAPasswordIsRefusedBeforeItIsChecked() throws Exception {
        BearerTokenFilter filter = new BearerTokenFilter(null, false, new ObjectMapper());

        MockHttpServletResponse response = call(filter, "Basic Y29vcmRpbmF0b3I6Y29vcmRpbmF0b3I=");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("problems/basic-disabled").doesNotContain("Y29vcmRpbmF0b3I");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        // Without credentials the request goes on to the authentication, which answers 401 itself.
        assertThat(call(filter, null).getStatus()).isEqualTo(299);
    }

    @Test
    void withHttpBasicOnAPasswordGoesOnToBeChecked() throws Exception {
        BearerTokenFilter filter = new BearerTokenFilter(null, true, new ObjectMapper());
        assertThat(call(filter, "Basic Y29vcmRpbmF0b3I6Y29vcmRpbmF0b3I=").getStatus()).isEqualTo(299);
    }

    @Test
    void withoutAProviderATokenIsRefused() throws Exception {
        BearerTokenFilter filter = new BearerTokenFilter(null, true, new ObjectMapper());

        MockHttpServletResponse response = call(filter, "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("problems/bearer-not-accepted").doesNotContain("eyJhbGci");
    }
}
