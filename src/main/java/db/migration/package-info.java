/** Schema migrations written in Java, where SQL alone cannot do the work (reading stored targets). */
package db.migration;
