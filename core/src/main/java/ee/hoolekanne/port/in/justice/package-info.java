/**
 * Driving ports of the support person for prisoners and the accommodation of released prisoners (JUS-1 .. JUS-7): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.justice;
