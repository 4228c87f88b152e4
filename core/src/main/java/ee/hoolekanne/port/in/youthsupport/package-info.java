/**
 * Driving ports of the support person for youth leaving substitute care (AHT-9 .. AHT-13): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.youthsupport;
