package room

import (
	"errors"
	"sync"
)

// Memory is a bus inside one process: every Bus it hands out hears what
// any other publishes (not its own, as NATS without echo), in order, on a
// goroutine of its own (as from a
// network: a subscriber may publish from its handler). Tests use it to run
// several hubs, as if on several servers, without a NATS server.
type Memory struct {
	mu   sync.Mutex
	subs []*memoryBus
	// down, while set, drops every message, as a bus that went away does.
	down bool
}

// NewMemory returns an empty in-process bus.
func NewMemory() *Memory { return &Memory{} }

// Bus returns a new endpoint of the bus.
func (n *Memory) Bus() Bus {
	return &memoryBus{net: n, wake: make(chan struct{}, 1), done: make(chan struct{})}
}

// SetDown drops (true) or carries again (false) every message.
func (n *Memory) SetDown(down bool) {
	n.mu.Lock()
	n.down = down
	n.mu.Unlock()
}

// errBusDown is Publish's error while the memory bus is down.
var errBusDown = errors.New("memory bus is down")

type memoryBus struct {
	net  *Memory
	mu   sync.Mutex
	q    []memoryMsg
	wake chan struct{}
	done chan struct{}
	wg   sync.WaitGroup
	once sync.Once
}

type memoryMsg struct {
	room string
	data []byte
}

func (b *memoryBus) Publish(room string, data []byte) error {
	n := b.net
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.down {
		return errBusDown
	}
	for _, s := range n.subs {
		if s == b {
			continue
		}
		s.mu.Lock()
		// A copy each: a subscriber may keep what it is given.
		s.q = append(s.q, memoryMsg{room, append([]byte(nil), data...)})
		s.mu.Unlock()
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
	return nil
}

func (b *memoryBus) Subscribe(fn func(string, []byte)) error {
	b.net.mu.Lock()
	b.net.subs = append(b.net.subs, b)
	b.net.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for {
			select {
			case <-b.done:
				return
			case <-b.wake:
			}
			b.mu.Lock()
			q := b.q
			b.q = nil
			b.mu.Unlock()
			for _, m := range q {
				fn(m.room, m.data)
			}
		}
	}()
	return nil
}

func (b *memoryBus) Close() error {
	b.once.Do(func() {
		n := b.net
		n.mu.Lock()
		for i, s := range n.subs {
			if s == b {
				n.subs = append(n.subs[:i:i], n.subs[i+1:]...)
				break
			}
		}
		n.mu.Unlock()
		close(b.done)
	})
	b.wg.Wait()
	return nil
}
