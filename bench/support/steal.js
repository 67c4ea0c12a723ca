'use strict';
// How much CPU time the hypervisor held back from this virtual machine while a bench measured ("steal" in
// /proc/stat): a slow moment of a shared host shows here and not in the load average. Linux only; elsewhere the
// figures are left out.
const fs = require('node:fs');

/** The machine's CPU times so far, in clock ticks (all CPUs together): busy, stolen. Undefined off Linux. */
function cpuTimes() {
  let line;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  } catch {
    return undefined;
  }
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice
  const [label, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/);
  if (label !== 'cpu' || steal === undefined) return undefined;
  const busy = [user, nice, system, irq, softirq].reduce((t, v) => t + Number(v), 0);
  return { busy, steal: Number(steal) };
}

// Fewer ticks than this (a fifth of a second at Linux's 100 a second) say too little to give a share.
const MIN_TICKS = 20;

/**
 * Of the time the machine wanted to run between two readings, the share the hypervisor took: steal over busy and
 * stolen time together. Undefined when either reading is missing or too little ran between them to tell.
 */
function stolenShare(before, after) {
  if (!before || !after) return undefined;
  const busy = after.busy - before.busy;
  const steal = after.steal - before.steal;
  return busy + steal >= MIN_TICKS ? steal / (busy + steal) : undefined;
}

/** "steal 23%" for a share. */
const stealWords = (share) => `steal ${Math.round(share * 100)}%`;

module.exports = { cpuTimes, stolenShare, stealWords };
