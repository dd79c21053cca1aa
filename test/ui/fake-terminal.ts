import { EventEmitter } from 'node:events';

/** A TTY-like stdout that records everything written to it. */
export class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 20;
  written = '';
  write = (chunk: string) => {
    this.written += chunk;
    return true;
  };

  resize(columns: number, rows: number) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** A TTY-like stdin that records raw mode and delivers typed text. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  rawMode = false;
  private data: string | null = null;
  setRawMode(mode: boolean) {
    this.rawMode = mode;
  }
  setEncoding() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  type(text: string) {
    this.data = text;
    this.emit('readable');
  }
}

export const streams = () => ({
  stdout: new FakeStdout(),
  stdin: new FakeStdin(),
  stderr: new FakeStdout(),
});
