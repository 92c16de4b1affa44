package org.scolarite.portal.payment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.payment.entity.GatewayReturn;

/** The gateway's parameters of a request, each taken once: a parameter sent twice is dropped (then refused). */
final class GatewayParameters {

    private static final List<String> NAMES = List.of(GatewayReturn.REFERENCE, GatewayReturn.AMOUNT,
            GatewayReturn.RESULT, GatewayReturn.AUTHORISATION, GatewayReturn.NOTIFICATION, GatewayReturn.SIGNATURE);

    private GatewayParameters() {
    }

    static Map<String, String> of(Map<String, ? extends List<String>> parameters) {
        Map<String, String> taken = new HashMap<>();
        for (String name : NAMES) {
            List<String> values = parameters.get(name);
            if (values != null && values.size() == 1) {
                taken.put(name, values.get(0));
            }
        }
        return taken;
    }

    static Map<String, String> ofServlet(Map<String, String[]> parameters) {
        Map<String, List<String>> lists = new HashMap<>();
        parameters.forEach((name, values) -> lists.put(name, List.of(values)));
        return of(lists);
    }
}
