/**
 * Examples of using Förderregeln: {@link io.github.foerderregeln.examples.EmbeddingExample}
 * assesses an application built in Java through the façade of {@code rules-api} alone, the way
 * an application embeds the library. The build runs it, so the example the README shows works.
 */
package io.github.foerderregeln.examples;
