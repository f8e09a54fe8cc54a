package roster

func (c *checker) checkMembers() {}

func (c *checker) checkPublish() {}
