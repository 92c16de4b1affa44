package org.scolarite.replication.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this server instance, as recorded on the runs it executes: Payara's instance name (« server » for a
 * single domain) and the host, so that two machines of a cluster never take each other's runs for their own.
 */
public final class ServerInstance {

    /** Computed once: the host lookup may go to the network, and the name does not change while the server runs. */
    private static final String NAME = lookUp();

    private ServerInstance() {
    }

    public static String name() {
        return NAME;
    }

    private static String lookUp() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return instance + "@" + host;
    }
}
