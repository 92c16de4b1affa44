package org.scolarite.replication.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this server instance, as recorded on the runs it executes: Payara's instance name (« server » for a
 * single domain) and the host, so that two machines of a cluster never take each other's runs for their own.
 */
public final class ServerInstance {

    private ServerInstance() {
    }

    public static String name() {
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
