/**
 * Driving ports of the support person for people with international or temporary protection (RVK-1 .. RVK-10): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.protection;
