package com.statbatch.job.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of one file that cannot be split (gzip), read by {@code stripes} tasks at once: each
 * inflates the whole file and keeps every stripes-th line. Inflating is cheap next to analysing
 * (under a second for the 131 MB corpus), so this costs far less than reading in one task and
 * shuffling every line to the others, and each task's reading overlaps its own analysis.
 */
final class StripedLines {

    private static final Logger LOG = LoggerFactory.getLogger(StripedLines.class);

    private StripedLines() {}

    static Dataset<String> read(SparkSession spark, String file, int stripes) {
        SerializableConf conf = new SerializableConf(spark.sparkContext().hadoopConfiguration());
        return spark.createDataset(
                JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(IntStream.range(0, stripes).boxed().toList(), stripes)
                        .flatMap(new ReadStripe(file, stripes, conf))
                        .rdd(),
                Encoders.STRING());
    }

    private static final class ReadStripe implements FlatMapFunction<Integer, String> {
        private final String file;
        private final int stripes;
        private final SerializableConf conf;

        ReadStripe(String file, int stripes, SerializableConf conf) {
            this.file = file;
            this.stripes = stripes;
            this.conf = conf;
        }

        @Override
        public Iterator<String> call(Integer stripe) throws IOException {
            Path path = new Path(file);
            Configuration hadoop = conf.get();
            InputStream raw = FileSystem.get(path.toUri(), hadoop).open(path);
            CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
            BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(
                                    codec == null ? raw : codec.createInputStream(raw),
                                    StandardCharsets.UTF_8),
                            1 << 16);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener(
                        (TaskCompletionListener) context -> closeQuietly(in));
            }
            return new Iterator<>() {
                private long index = -1;
                private String next = advance();

                private String advance() {
                    try {
                        String line;
                        while ((line = in.readLine()) != null) {
                            if (++index % stripes == stripe) {
                                return line;
                            }
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file, e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String line = next;
                    next = advance();
                    return line;
                }
            };
        }

        private void closeQuietly(BufferedReader in) {
            try {
                in.close();
            } catch (IOException e) {
                // The task is over and its lines are read: a failed close loses nothing.
                LOG.warn("Could not close {} after reading it: {}", file, e.toString());
            }
        }
    }

    /** Hadoop's Configuration travels to the tasks as its own serialised form. */
    private static final class SerializableConf implements Serializable {
        private transient Configuration conf;

        SerializableConf(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException {
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}
