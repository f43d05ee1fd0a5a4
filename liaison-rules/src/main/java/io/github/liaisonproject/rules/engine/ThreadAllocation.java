package io.github.liaisonproject.rules.engine;

import java.lang.management.ManagementFactory;

/**
 * The bytes the current thread has allocated so far, as the JVM counts them
 * ({@code com.sun.management.ThreadMXBean}; HotSpot reads its own counter, without a safepoint).
 * On a JVM that does not count them, {@link #supported()} is false and the allocation bound of an
 * assessment is not enforced.
 */
final class ThreadAllocation {
  private static final com.sun.management.ThreadMXBean BEAN = bean();

  private ThreadAllocation() {}

  private static com.sun.management.ThreadMXBean bean() {
    try {
      if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
          && b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled()) {
        return b;
      }
    } catch (RuntimeException | LinkageError e) { // no such bean on this JVM: the bound is off
      return null;
    }
    return null;
  }

  /** {@return whether this JVM counts each thread's allocation} */
  static boolean supported() {
    return BEAN != null;
  }

  /**
   * {@return the bytes the current thread has allocated since it started; 0 when not supported, -1
   * when the JVM does not count this thread (a virtual thread, on some JVMs)}
   */
  static long current() {
    return BEAN == null ? 0 : BEAN.getCurrentThreadAllocatedBytes();
  }
}
