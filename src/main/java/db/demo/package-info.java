/** Demo-data migrations written in Java; Flyway runs them only with the demo profile (location db/demo). */
package db.demo;
